/**
 */
package org.fieldbook.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbook.model.CustomerAsset;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.IncidentType;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderIncident;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Work Order Incident</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderIncidentImpl#getWorkOrder <em>Work Order</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderIncidentImpl#getIncidentType <em>Incident Type</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderIncidentImpl#getCustomerAsset <em>Customer Asset</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderIncidentImpl#isPrimary <em>Primary</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderIncidentImpl#isIncidentResolved <em>Incident Resolved</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkOrderIncidentImpl extends RecordImpl implements WorkOrderIncident {
	/**
	 * The cached value of the '{@link #getWorkOrder() <em>Work Order</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkOrder()
	 * @generated
	 * @ordered
	 */
	protected WorkOrder workOrder;

	/**
	 * The cached value of the '{@link #getIncidentType() <em>Incident Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncidentType()
	 * @generated
	 * @ordered
	 */
	protected IncidentType incidentType;

	/**
	 * The cached value of the '{@link #getCustomerAsset() <em>Customer Asset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerAsset()
	 * @generated
	 * @ordered
	 */
	protected CustomerAsset customerAsset;

	/**
	 * The default value of the '{@link #isPrimary() <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrimary()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRIMARY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPrimary() <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrimary()
	 * @generated
	 * @ordered
	 */
	protected boolean primary = PRIMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #isIncidentResolved() <em>Incident Resolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIncidentResolved()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INCIDENT_RESOLVED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIncidentResolved() <em>Incident Resolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIncidentResolved()
	 * @generated
	 * @ordered
	 */
	protected boolean incidentResolved = INCIDENT_RESOLVED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkOrderIncidentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.WORK_ORDER_INCIDENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkOrder getWorkOrder() {
		if (workOrder != null && workOrder.eIsProxy()) {
			InternalEObject oldWorkOrder = (InternalEObject)workOrder;
			workOrder = (WorkOrder)eResolveProxy(oldWorkOrder);
			if (workOrder != oldWorkOrder) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.WORK_ORDER_INCIDENT__WORK_ORDER, oldWorkOrder, workOrder));
			}
		}
		return workOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkOrder basicGetWorkOrder() {
		return workOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkOrder(WorkOrder newWorkOrder) {
		WorkOrder oldWorkOrder = workOrder;
		workOrder = newWorkOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_INCIDENT__WORK_ORDER, oldWorkOrder, workOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IncidentType getIncidentType() {
		if (incidentType != null && incidentType.eIsProxy()) {
			InternalEObject oldIncidentType = (InternalEObject)incidentType;
			incidentType = (IncidentType)eResolveProxy(oldIncidentType);
			if (incidentType != oldIncidentType) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.WORK_ORDER_INCIDENT__INCIDENT_TYPE, oldIncidentType, incidentType));
			}
		}
		return incidentType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IncidentType basicGetIncidentType() {
		return incidentType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncidentType(IncidentType newIncidentType) {
		IncidentType oldIncidentType = incidentType;
		incidentType = newIncidentType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_INCIDENT__INCIDENT_TYPE, oldIncidentType, incidentType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerAsset getCustomerAsset() {
		if (customerAsset != null && customerAsset.eIsProxy()) {
			InternalEObject oldCustomerAsset = (InternalEObject)customerAsset;
			customerAsset = (CustomerAsset)eResolveProxy(oldCustomerAsset);
			if (customerAsset != oldCustomerAsset) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.WORK_ORDER_INCIDENT__CUSTOMER_ASSET, oldCustomerAsset, customerAsset));
			}
		}
		return customerAsset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CustomerAsset basicGetCustomerAsset() {
		return customerAsset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerAsset(CustomerAsset newCustomerAsset) {
		CustomerAsset oldCustomerAsset = customerAsset;
		customerAsset = newCustomerAsset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_INCIDENT__CUSTOMER_ASSET, oldCustomerAsset, customerAsset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPrimary() {
		return primary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimary(boolean newPrimary) {
		boolean oldPrimary = primary;
		primary = newPrimary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_INCIDENT__PRIMARY, oldPrimary, primary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIncidentResolved() {
		return incidentResolved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncidentResolved(boolean newIncidentResolved) {
		boolean oldIncidentResolved = incidentResolved;
		incidentResolved = newIncidentResolved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_INCIDENT__INCIDENT_RESOLVED, oldIncidentResolved, incidentResolved));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.WORK_ORDER_INCIDENT__WORK_ORDER:
				if (resolve) return getWorkOrder();
				return basicGetWorkOrder();
			case FieldbookPackage.WORK_ORDER_INCIDENT__INCIDENT_TYPE:
				if (resolve) return getIncidentType();
				return basicGetIncidentType();
			case FieldbookPackage.WORK_ORDER_INCIDENT__CUSTOMER_ASSET:
				if (resolve) return getCustomerAsset();
				return basicGetCustomerAsset();
			case FieldbookPackage.WORK_ORDER_INCIDENT__PRIMARY:
				return isPrimary();
			case FieldbookPackage.WORK_ORDER_INCIDENT__INCIDENT_RESOLVED:
				return isIncidentResolved();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FieldbookPackage.WORK_ORDER_INCIDENT__WORK_ORDER:
				setWorkOrder((WorkOrder)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_INCIDENT__INCIDENT_TYPE:
				setIncidentType((IncidentType)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_INCIDENT__CUSTOMER_ASSET:
				setCustomerAsset((CustomerAsset)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_INCIDENT__PRIMARY:
				setPrimary((Boolean)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_INCIDENT__INCIDENT_RESOLVED:
				setIncidentResolved((Boolean)newValue);
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
			case FieldbookPackage.WORK_ORDER_INCIDENT__WORK_ORDER:
				setWorkOrder((WorkOrder)null);
				return;
			case FieldbookPackage.WORK_ORDER_INCIDENT__INCIDENT_TYPE:
				setIncidentType((IncidentType)null);
				return;
			case FieldbookPackage.WORK_ORDER_INCIDENT__CUSTOMER_ASSET:
				setCustomerAsset((CustomerAsset)null);
				return;
			case FieldbookPackage.WORK_ORDER_INCIDENT__PRIMARY:
				setPrimary(PRIMARY_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER_INCIDENT__INCIDENT_RESOLVED:
				setIncidentResolved(INCIDENT_RESOLVED_EDEFAULT);
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
			case FieldbookPackage.WORK_ORDER_INCIDENT__WORK_ORDER:
				return workOrder != null;
			case FieldbookPackage.WORK_ORDER_INCIDENT__INCIDENT_TYPE:
				return incidentType != null;
			case FieldbookPackage.WORK_ORDER_INCIDENT__CUSTOMER_ASSET:
				return customerAsset != null;
			case FieldbookPackage.WORK_ORDER_INCIDENT__PRIMARY:
				return primary != PRIMARY_EDEFAULT;
			case FieldbookPackage.WORK_ORDER_INCIDENT__INCIDENT_RESOLVED:
				return incidentResolved != INCIDENT_RESOLVED_EDEFAULT;
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
		result.append(" (primary: ");
		result.append(primary);
		result.append(", incidentResolved: ");
		result.append(incidentResolved);
		result.append(')');
		return result.toString();
	}

} //WorkOrderIncidentImpl
