/**
 */
package org.fieldbook.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbook.model.Annotation;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.AnnotationImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.AnnotationImpl#getNoteText <em>Note Text</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.AnnotationImpl#getFileName <em>File Name</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.AnnotationImpl#getMimeType <em>Mime Type</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.AnnotationImpl#getFileSize <em>File Size</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.AnnotationImpl#getDocumentBody <em>Document Body</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.AnnotationImpl#isIsDocument <em>Is Document</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.AnnotationImpl#getObjectTypeCode <em>Object Type Code</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.AnnotationImpl#getCreatedBy <em>Created By</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.AnnotationImpl#getModifiedBy <em>Modified By</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.AnnotationImpl#getObjectId <em>Object Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnotationImpl extends RecordImpl implements Annotation {
	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoteText() <em>Note Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoteText()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNoteText() <em>Note Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoteText()
	 * @generated
	 * @ordered
	 */
	protected String noteText = NOTE_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected String fileName = FILE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMimeType() <em>Mime Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMimeType()
	 * @generated
	 * @ordered
	 */
	protected static final String MIME_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMimeType() <em>Mime Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMimeType()
	 * @generated
	 * @ordered
	 */
	protected String mimeType = MIME_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFileSize() <em>File Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileSize()
	 * @generated
	 * @ordered
	 */
	protected static final int FILE_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFileSize() <em>File Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileSize()
	 * @generated
	 * @ordered
	 */
	protected int fileSize = FILE_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentBody() <em>Document Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentBody()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_BODY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentBody() <em>Document Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentBody()
	 * @generated
	 * @ordered
	 */
	protected String documentBody = DOCUMENT_BODY_EDEFAULT;

	/**
	 * The default value of the '{@link #isIsDocument() <em>Is Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsDocument()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IS_DOCUMENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIsDocument() <em>Is Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsDocument()
	 * @generated
	 * @ordered
	 */
	protected boolean isDocument = IS_DOCUMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getObjectTypeCode() <em>Object Type Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectTypeCode()
	 * @generated
	 * @ordered
	 */
	protected static final String OBJECT_TYPE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObjectTypeCode() <em>Object Type Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectTypeCode()
	 * @generated
	 * @ordered
	 */
	protected String objectTypeCode = OBJECT_TYPE_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedBy() <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String CREATED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedBy() <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedBy()
	 * @generated
	 * @ordered
	 */
	protected String createdBy = CREATED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getModifiedBy() <em>Modified By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifiedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String MODIFIED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModifiedBy() <em>Modified By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifiedBy()
	 * @generated
	 * @ordered
	 */
	protected String modifiedBy = MODIFIED_BY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getObjectId() <em>Object Id</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectId()
	 * @generated
	 * @ordered
	 */
	protected WorkOrder objectId;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.ANNOTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ANNOTATION__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNoteText() {
		return noteText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoteText(String newNoteText) {
		String oldNoteText = noteText;
		noteText = newNoteText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ANNOTATION__NOTE_TEXT, oldNoteText, noteText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileName() {
		return fileName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileName(String newFileName) {
		String oldFileName = fileName;
		fileName = newFileName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ANNOTATION__FILE_NAME, oldFileName, fileName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMimeType() {
		return mimeType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMimeType(String newMimeType) {
		String oldMimeType = mimeType;
		mimeType = newMimeType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ANNOTATION__MIME_TYPE, oldMimeType, mimeType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFileSize() {
		return fileSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileSize(int newFileSize) {
		int oldFileSize = fileSize;
		fileSize = newFileSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ANNOTATION__FILE_SIZE, oldFileSize, fileSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentBody() {
		return documentBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentBody(String newDocumentBody) {
		String oldDocumentBody = documentBody;
		documentBody = newDocumentBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ANNOTATION__DOCUMENT_BODY, oldDocumentBody, documentBody));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIsDocument() {
		return isDocument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsDocument(boolean newIsDocument) {
		boolean oldIsDocument = isDocument;
		isDocument = newIsDocument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ANNOTATION__IS_DOCUMENT, oldIsDocument, isDocument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObjectTypeCode() {
		return objectTypeCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjectTypeCode(String newObjectTypeCode) {
		String oldObjectTypeCode = objectTypeCode;
		objectTypeCode = newObjectTypeCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ANNOTATION__OBJECT_TYPE_CODE, oldObjectTypeCode, objectTypeCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreatedBy() {
		return createdBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedBy(String newCreatedBy) {
		String oldCreatedBy = createdBy;
		createdBy = newCreatedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ANNOTATION__CREATED_BY, oldCreatedBy, createdBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModifiedBy() {
		return modifiedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModifiedBy(String newModifiedBy) {
		String oldModifiedBy = modifiedBy;
		modifiedBy = newModifiedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ANNOTATION__MODIFIED_BY, oldModifiedBy, modifiedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkOrder getObjectId() {
		if (objectId != null && objectId.eIsProxy()) {
			InternalEObject oldObjectId = (InternalEObject)objectId;
			objectId = (WorkOrder)eResolveProxy(oldObjectId);
			if (objectId != oldObjectId) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.ANNOTATION__OBJECT_ID, oldObjectId, objectId));
			}
		}
		return objectId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkOrder basicGetObjectId() {
		return objectId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjectId(WorkOrder newObjectId) {
		WorkOrder oldObjectId = objectId;
		objectId = newObjectId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ANNOTATION__OBJECT_ID, oldObjectId, objectId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.ANNOTATION__SUBJECT:
				return getSubject();
			case FieldbookPackage.ANNOTATION__NOTE_TEXT:
				return getNoteText();
			case FieldbookPackage.ANNOTATION__FILE_NAME:
				return getFileName();
			case FieldbookPackage.ANNOTATION__MIME_TYPE:
				return getMimeType();
			case FieldbookPackage.ANNOTATION__FILE_SIZE:
				return getFileSize();
			case FieldbookPackage.ANNOTATION__DOCUMENT_BODY:
				return getDocumentBody();
			case FieldbookPackage.ANNOTATION__IS_DOCUMENT:
				return isIsDocument();
			case FieldbookPackage.ANNOTATION__OBJECT_TYPE_CODE:
				return getObjectTypeCode();
			case FieldbookPackage.ANNOTATION__CREATED_BY:
				return getCreatedBy();
			case FieldbookPackage.ANNOTATION__MODIFIED_BY:
				return getModifiedBy();
			case FieldbookPackage.ANNOTATION__OBJECT_ID:
				if (resolve) return getObjectId();
				return basicGetObjectId();
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
			case FieldbookPackage.ANNOTATION__SUBJECT:
				setSubject((String)newValue);
				return;
			case FieldbookPackage.ANNOTATION__NOTE_TEXT:
				setNoteText((String)newValue);
				return;
			case FieldbookPackage.ANNOTATION__FILE_NAME:
				setFileName((String)newValue);
				return;
			case FieldbookPackage.ANNOTATION__MIME_TYPE:
				setMimeType((String)newValue);
				return;
			case FieldbookPackage.ANNOTATION__FILE_SIZE:
				setFileSize((Integer)newValue);
				return;
			case FieldbookPackage.ANNOTATION__DOCUMENT_BODY:
				setDocumentBody((String)newValue);
				return;
			case FieldbookPackage.ANNOTATION__IS_DOCUMENT:
				setIsDocument((Boolean)newValue);
				return;
			case FieldbookPackage.ANNOTATION__OBJECT_TYPE_CODE:
				setObjectTypeCode((String)newValue);
				return;
			case FieldbookPackage.ANNOTATION__CREATED_BY:
				setCreatedBy((String)newValue);
				return;
			case FieldbookPackage.ANNOTATION__MODIFIED_BY:
				setModifiedBy((String)newValue);
				return;
			case FieldbookPackage.ANNOTATION__OBJECT_ID:
				setObjectId((WorkOrder)newValue);
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
			case FieldbookPackage.ANNOTATION__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case FieldbookPackage.ANNOTATION__NOTE_TEXT:
				setNoteText(NOTE_TEXT_EDEFAULT);
				return;
			case FieldbookPackage.ANNOTATION__FILE_NAME:
				setFileName(FILE_NAME_EDEFAULT);
				return;
			case FieldbookPackage.ANNOTATION__MIME_TYPE:
				setMimeType(MIME_TYPE_EDEFAULT);
				return;
			case FieldbookPackage.ANNOTATION__FILE_SIZE:
				setFileSize(FILE_SIZE_EDEFAULT);
				return;
			case FieldbookPackage.ANNOTATION__DOCUMENT_BODY:
				setDocumentBody(DOCUMENT_BODY_EDEFAULT);
				return;
			case FieldbookPackage.ANNOTATION__IS_DOCUMENT:
				setIsDocument(IS_DOCUMENT_EDEFAULT);
				return;
			case FieldbookPackage.ANNOTATION__OBJECT_TYPE_CODE:
				setObjectTypeCode(OBJECT_TYPE_CODE_EDEFAULT);
				return;
			case FieldbookPackage.ANNOTATION__CREATED_BY:
				setCreatedBy(CREATED_BY_EDEFAULT);
				return;
			case FieldbookPackage.ANNOTATION__MODIFIED_BY:
				setModifiedBy(MODIFIED_BY_EDEFAULT);
				return;
			case FieldbookPackage.ANNOTATION__OBJECT_ID:
				setObjectId((WorkOrder)null);
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
			case FieldbookPackage.ANNOTATION__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case FieldbookPackage.ANNOTATION__NOTE_TEXT:
				return NOTE_TEXT_EDEFAULT == null ? noteText != null : !NOTE_TEXT_EDEFAULT.equals(noteText);
			case FieldbookPackage.ANNOTATION__FILE_NAME:
				return FILE_NAME_EDEFAULT == null ? fileName != null : !FILE_NAME_EDEFAULT.equals(fileName);
			case FieldbookPackage.ANNOTATION__MIME_TYPE:
				return MIME_TYPE_EDEFAULT == null ? mimeType != null : !MIME_TYPE_EDEFAULT.equals(mimeType);
			case FieldbookPackage.ANNOTATION__FILE_SIZE:
				return fileSize != FILE_SIZE_EDEFAULT;
			case FieldbookPackage.ANNOTATION__DOCUMENT_BODY:
				return DOCUMENT_BODY_EDEFAULT == null ? documentBody != null : !DOCUMENT_BODY_EDEFAULT.equals(documentBody);
			case FieldbookPackage.ANNOTATION__IS_DOCUMENT:
				return isDocument != IS_DOCUMENT_EDEFAULT;
			case FieldbookPackage.ANNOTATION__OBJECT_TYPE_CODE:
				return OBJECT_TYPE_CODE_EDEFAULT == null ? objectTypeCode != null : !OBJECT_TYPE_CODE_EDEFAULT.equals(objectTypeCode);
			case FieldbookPackage.ANNOTATION__CREATED_BY:
				return CREATED_BY_EDEFAULT == null ? createdBy != null : !CREATED_BY_EDEFAULT.equals(createdBy);
			case FieldbookPackage.ANNOTATION__MODIFIED_BY:
				return MODIFIED_BY_EDEFAULT == null ? modifiedBy != null : !MODIFIED_BY_EDEFAULT.equals(modifiedBy);
			case FieldbookPackage.ANNOTATION__OBJECT_ID:
				return objectId != null;
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
		result.append(" (subject: ");
		result.append(subject);
		result.append(", noteText: ");
		result.append(noteText);
		result.append(", fileName: ");
		result.append(fileName);
		result.append(", mimeType: ");
		result.append(mimeType);
		result.append(", fileSize: ");
		result.append(fileSize);
		result.append(", documentBody: ");
		result.append(documentBody);
		result.append(", isDocument: ");
		result.append(isDocument);
		result.append(", objectTypeCode: ");
		result.append(objectTypeCode);
		result.append(", createdBy: ");
		result.append(createdBy);
		result.append(", modifiedBy: ");
		result.append(modifiedBy);
		result.append(')');
		return result.toString();
	}

} //AnnotationImpl
