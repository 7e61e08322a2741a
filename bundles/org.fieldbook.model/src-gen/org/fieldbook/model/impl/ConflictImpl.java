/**
 */
package org.fieldbook.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.fieldbook.model.Conflict;
import org.fieldbook.model.ConflictResolution;
import org.fieldbook.model.FieldValue;
import org.fieldbook.model.FieldbookPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conflict</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.ConflictImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.ConflictImpl#getTableName <em>Table Name</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.ConflictImpl#getRecordId <em>Record Id</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.ConflictImpl#getBaseValues <em>Base Values</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.ConflictImpl#getLocalValues <em>Local Values</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.ConflictImpl#getServerValues <em>Server Values</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.ConflictImpl#getBaseETag <em>Base ETag</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.ConflictImpl#getServerETag <em>Server ETag</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.ConflictImpl#getDetectedAt <em>Detected At</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.ConflictImpl#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.ConflictImpl#getResolvedAt <em>Resolved At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConflictImpl extends MinimalEObjectImpl.Container implements Conflict {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTableName() <em>Table Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableName()
	 * @generated
	 * @ordered
	 */
	protected static final String TABLE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTableName() <em>Table Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableName()
	 * @generated
	 * @ordered
	 */
	protected String tableName = TABLE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecordId() <em>Record Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordId()
	 * @generated
	 * @ordered
	 */
	protected static final String RECORD_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecordId() <em>Record Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordId()
	 * @generated
	 * @ordered
	 */
	protected String recordId = RECORD_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBaseValues() <em>Base Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseValues()
	 * @generated
	 * @ordered
	 */
	protected EList<FieldValue> baseValues;

	/**
	 * The cached value of the '{@link #getLocalValues() <em>Local Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalValues()
	 * @generated
	 * @ordered
	 */
	protected EList<FieldValue> localValues;

	/**
	 * The cached value of the '{@link #getServerValues() <em>Server Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerValues()
	 * @generated
	 * @ordered
	 */
	protected EList<FieldValue> serverValues;

	/**
	 * The default value of the '{@link #getBaseETag() <em>Base ETag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseETag()
	 * @generated
	 * @ordered
	 */
	protected static final String BASE_ETAG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseETag() <em>Base ETag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseETag()
	 * @generated
	 * @ordered
	 */
	protected String baseETag = BASE_ETAG_EDEFAULT;

	/**
	 * The default value of the '{@link #getServerETag() <em>Server ETag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerETag()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVER_ETAG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServerETag() <em>Server ETag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerETag()
	 * @generated
	 * @ordered
	 */
	protected String serverETag = SERVER_ETAG_EDEFAULT;

	/**
	 * The default value of the '{@link #getDetectedAt() <em>Detected At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetectedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant DETECTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDetectedAt() <em>Detected At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetectedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant detectedAt = DETECTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolution() <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolution()
	 * @generated
	 * @ordered
	 */
	protected static final ConflictResolution RESOLUTION_EDEFAULT = ConflictResolution.OPEN;

	/**
	 * The cached value of the '{@link #getResolution() <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolution()
	 * @generated
	 * @ordered
	 */
	protected ConflictResolution resolution = RESOLUTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolvedAt() <em>Resolved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolvedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant RESOLVED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResolvedAt() <em>Resolved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolvedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant resolvedAt = RESOLVED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConflictImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.CONFLICT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CONFLICT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTableName() {
		return tableName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTableName(String newTableName) {
		String oldTableName = tableName;
		tableName = newTableName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CONFLICT__TABLE_NAME, oldTableName, tableName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecordId() {
		return recordId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordId(String newRecordId) {
		String oldRecordId = recordId;
		recordId = newRecordId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CONFLICT__RECORD_ID, oldRecordId, recordId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FieldValue> getBaseValues() {
		if (baseValues == null) {
			baseValues = new EObjectContainmentEList<FieldValue>(FieldValue.class, this, FieldbookPackage.CONFLICT__BASE_VALUES);
		}
		return baseValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FieldValue> getLocalValues() {
		if (localValues == null) {
			localValues = new EObjectContainmentEList<FieldValue>(FieldValue.class, this, FieldbookPackage.CONFLICT__LOCAL_VALUES);
		}
		return localValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FieldValue> getServerValues() {
		if (serverValues == null) {
			serverValues = new EObjectContainmentEList<FieldValue>(FieldValue.class, this, FieldbookPackage.CONFLICT__SERVER_VALUES);
		}
		return serverValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseETag() {
		return baseETag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseETag(String newBaseETag) {
		String oldBaseETag = baseETag;
		baseETag = newBaseETag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CONFLICT__BASE_ETAG, oldBaseETag, baseETag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServerETag() {
		return serverETag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServerETag(String newServerETag) {
		String oldServerETag = serverETag;
		serverETag = newServerETag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CONFLICT__SERVER_ETAG, oldServerETag, serverETag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getDetectedAt() {
		return detectedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetectedAt(Instant newDetectedAt) {
		Instant oldDetectedAt = detectedAt;
		detectedAt = newDetectedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CONFLICT__DETECTED_AT, oldDetectedAt, detectedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConflictResolution getResolution() {
		return resolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolution(ConflictResolution newResolution) {
		ConflictResolution oldResolution = resolution;
		resolution = newResolution == null ? RESOLUTION_EDEFAULT : newResolution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CONFLICT__RESOLUTION, oldResolution, resolution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getResolvedAt() {
		return resolvedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolvedAt(Instant newResolvedAt) {
		Instant oldResolvedAt = resolvedAt;
		resolvedAt = newResolvedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CONFLICT__RESOLVED_AT, oldResolvedAt, resolvedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FieldbookPackage.CONFLICT__BASE_VALUES:
				return ((InternalEList<?>)getBaseValues()).basicRemove(otherEnd, msgs);
			case FieldbookPackage.CONFLICT__LOCAL_VALUES:
				return ((InternalEList<?>)getLocalValues()).basicRemove(otherEnd, msgs);
			case FieldbookPackage.CONFLICT__SERVER_VALUES:
				return ((InternalEList<?>)getServerValues()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.CONFLICT__ID:
				return getId();
			case FieldbookPackage.CONFLICT__TABLE_NAME:
				return getTableName();
			case FieldbookPackage.CONFLICT__RECORD_ID:
				return getRecordId();
			case FieldbookPackage.CONFLICT__BASE_VALUES:
				return getBaseValues();
			case FieldbookPackage.CONFLICT__LOCAL_VALUES:
				return getLocalValues();
			case FieldbookPackage.CONFLICT__SERVER_VALUES:
				return getServerValues();
			case FieldbookPackage.CONFLICT__BASE_ETAG:
				return getBaseETag();
			case FieldbookPackage.CONFLICT__SERVER_ETAG:
				return getServerETag();
			case FieldbookPackage.CONFLICT__DETECTED_AT:
				return getDetectedAt();
			case FieldbookPackage.CONFLICT__RESOLUTION:
				return getResolution();
			case FieldbookPackage.CONFLICT__RESOLVED_AT:
				return getResolvedAt();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FieldbookPackage.CONFLICT__ID:
				setId((String)newValue);
				return;
			case FieldbookPackage.CONFLICT__TABLE_NAME:
				setTableName((String)newValue);
				return;
			case FieldbookPackage.CONFLICT__RECORD_ID:
				setRecordId((String)newValue);
				return;
			case FieldbookPackage.CONFLICT__BASE_VALUES:
				getBaseValues().clear();
				getBaseValues().addAll((Collection<? extends FieldValue>)newValue);
				return;
			case FieldbookPackage.CONFLICT__LOCAL_VALUES:
				getLocalValues().clear();
				getLocalValues().addAll((Collection<? extends FieldValue>)newValue);
				return;
			case FieldbookPackage.CONFLICT__SERVER_VALUES:
				getServerValues().clear();
				getServerValues().addAll((Collection<? extends FieldValue>)newValue);
				return;
			case FieldbookPackage.CONFLICT__BASE_ETAG:
				setBaseETag((String)newValue);
				return;
			case FieldbookPackage.CONFLICT__SERVER_ETAG:
				setServerETag((String)newValue);
				return;
			case FieldbookPackage.CONFLICT__DETECTED_AT:
				setDetectedAt((Instant)newValue);
				return;
			case FieldbookPackage.CONFLICT__RESOLUTION:
				setResolution((ConflictResolution)newValue);
				return;
			case FieldbookPackage.CONFLICT__RESOLVED_AT:
				setResolvedAt((Instant)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FieldbookPackage.CONFLICT__ID:
				setId(ID_EDEFAULT);
				return;
			case FieldbookPackage.CONFLICT__TABLE_NAME:
				setTableName(TABLE_NAME_EDEFAULT);
				return;
			case FieldbookPackage.CONFLICT__RECORD_ID:
				setRecordId(RECORD_ID_EDEFAULT);
				return;
			case FieldbookPackage.CONFLICT__BASE_VALUES:
				getBaseValues().clear();
				return;
			case FieldbookPackage.CONFLICT__LOCAL_VALUES:
				getLocalValues().clear();
				return;
			case FieldbookPackage.CONFLICT__SERVER_VALUES:
				getServerValues().clear();
				return;
			case FieldbookPackage.CONFLICT__BASE_ETAG:
				setBaseETag(BASE_ETAG_EDEFAULT);
				return;
			case FieldbookPackage.CONFLICT__SERVER_ETAG:
				setServerETag(SERVER_ETAG_EDEFAULT);
				return;
			case FieldbookPackage.CONFLICT__DETECTED_AT:
				setDetectedAt(DETECTED_AT_EDEFAULT);
				return;
			case FieldbookPackage.CONFLICT__RESOLUTION:
				setResolution(RESOLUTION_EDEFAULT);
				return;
			case FieldbookPackage.CONFLICT__RESOLVED_AT:
				setResolvedAt(RESOLVED_AT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FieldbookPackage.CONFLICT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case FieldbookPackage.CONFLICT__TABLE_NAME:
				return TABLE_NAME_EDEFAULT == null ? tableName != null : !TABLE_NAME_EDEFAULT.equals(tableName);
			case FieldbookPackage.CONFLICT__RECORD_ID:
				return RECORD_ID_EDEFAULT == null ? recordId != null : !RECORD_ID_EDEFAULT.equals(recordId);
			case FieldbookPackage.CONFLICT__BASE_VALUES:
				return baseValues != null && !baseValues.isEmpty();
			case FieldbookPackage.CONFLICT__LOCAL_VALUES:
				return localValues != null && !localValues.isEmpty();
			case FieldbookPackage.CONFLICT__SERVER_VALUES:
				return serverValues != null && !serverValues.isEmpty();
			case FieldbookPackage.CONFLICT__BASE_ETAG:
				return BASE_ETAG_EDEFAULT == null ? baseETag != null : !BASE_ETAG_EDEFAULT.equals(baseETag);
			case FieldbookPackage.CONFLICT__SERVER_ETAG:
				return SERVER_ETAG_EDEFAULT == null ? serverETag != null : !SERVER_ETAG_EDEFAULT.equals(serverETag);
			case FieldbookPackage.CONFLICT__DETECTED_AT:
				return DETECTED_AT_EDEFAULT == null ? detectedAt != null : !DETECTED_AT_EDEFAULT.equals(detectedAt);
			case FieldbookPackage.CONFLICT__RESOLUTION:
				return resolution != RESOLUTION_EDEFAULT;
			case FieldbookPackage.CONFLICT__RESOLVED_AT:
				return RESOLVED_AT_EDEFAULT == null ? resolvedAt != null : !RESOLVED_AT_EDEFAULT.equals(resolvedAt);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", tableName: ");
		result.append(tableName);
		result.append(", recordId: ");
		result.append(recordId);
		result.append(", baseETag: ");
		result.append(baseETag);
		result.append(", serverETag: ");
		result.append(serverETag);
		result.append(", detectedAt: ");
		result.append(detectedAt);
		result.append(", resolution: ");
		result.append(resolution);
		result.append(", resolvedAt: ");
		result.append(resolvedAt);
		result.append(')');
		return result.toString();
	}

} //ConflictImpl
